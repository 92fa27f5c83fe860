/**
 * Keyword alerts: rules in the query language, matched against each new article as it is stored, one alert per
 * story cluster per rule, delivered by e-mail and webhook through a retried outbox, and handled through a workflow
 * (new, assigned, answered or dismissed) recorded in the audit log.
 */
package vn.presswatch.api.alert;
