/**
 * The jar's command line: {@code serve} (the default) starts the application, and file tools such as
 * {@code extract} and {@code parse-feed} run one crawler component on saved files and print JSON Lines without
 * starting Micronaut, the store or a server.
 */
package vn.presswatch.api.cli;
