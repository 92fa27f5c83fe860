/**
 * Text utilities shared by indexing and querying, chiefly the Vietnamese diacritic folding that makes
 * "Hai Phong" find "Hải Phòng".
 */
package vn.presswatch.store.text;
