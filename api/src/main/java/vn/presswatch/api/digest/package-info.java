/** The daily digest: the last 24 hours of coverage about the office's locality, by e-mail, page and Atom feed. */
package vn.presswatch.api.digest;
