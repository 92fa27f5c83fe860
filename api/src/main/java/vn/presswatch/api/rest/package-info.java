/** The JSON REST API under /api: thin controllers over the store and the shared services, with JSON errors. */
package vn.presswatch.api.rest;
