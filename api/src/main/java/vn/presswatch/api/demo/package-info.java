/** Demo mode: the bundled demo press site on loopback, its outlets as sources. */
package vn.presswatch.api.demo;
