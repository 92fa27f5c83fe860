/**
 * Tags articles with topics, tone, language and localities using Apache OpenNLP (see issue "The spine, part 3").
 */
package vn.presswatch.classifier;
