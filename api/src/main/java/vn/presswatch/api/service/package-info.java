/** The changes the REST API and the web UI share (sources, corrections): validated, applied, audited. */
package vn.presswatch.api.service;
