/** The presswatch application: start-up, configuration binding, and (later) the web UI, REST API, digest and reports. */
package vn.presswatch.api;
