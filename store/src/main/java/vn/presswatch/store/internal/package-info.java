/** Helpers of the store module that other modules must not use. */
package vn.presswatch.store.internal;
