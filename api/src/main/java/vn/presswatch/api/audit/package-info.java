/** The audit log: who changed what, and when, for the admins to read. */
package vn.presswatch.api.audit;
