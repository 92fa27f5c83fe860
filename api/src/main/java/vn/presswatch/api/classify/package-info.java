/** Wires the classifier into the application: the classifier bean and the crawl sink that tags before storing. */
package vn.presswatch.api.classify;
