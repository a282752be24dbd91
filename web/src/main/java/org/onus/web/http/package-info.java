/**
 * Small HTTP helpers that the REST API, the pages and the page layer share (ids taken from a
 * path, attachment headers). Depends on nothing else in the web module, so that {@code api} and
 * {@code pages} need not borrow from each other.
 */
package org.onus.web.http;
