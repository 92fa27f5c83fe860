/** The Vietnamese web UI: server-rendered pages (Thymeleaf templates under resources/views). */
package vn.presswatch.api.web;
