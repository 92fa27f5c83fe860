/** Reading search and statistics parameters from requests (API and UI alike), with messages that say what is wrong. */
package vn.presswatch.api.query;
