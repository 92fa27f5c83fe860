/** Monthly, quarterly and annual reports: figures from the store, laid out per Decree 30/2020/NĐ-CP (DOCX), XLSX, CSV. */
package vn.presswatch.api.report;
