/**
 * The parts of the {@code bench} command: the demo press site in a child process, timed ingest passes through the
 * application's own crawler, classifier and store, this JVM's CPU and heap meters, and an HTTP load generator.
 */
package vn.presswatch.api.bench;
