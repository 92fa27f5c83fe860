/**
 * Parsing of publication dates as Vietnamese and foreign outlets print them ("Thứ Hai, 18/8/2025, 10:30 (GMT+7)",
 * "2 giờ trước", RFC 1123, ISO-8601 ...), through {@link vn.presswatch.crawler.date.VietnameseDates}.
 */
package vn.presswatch.crawler.date;
