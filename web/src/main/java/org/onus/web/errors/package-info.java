/**
 * What people see when something goes wrong: a page (or, under {@code /api}, a problem document)
 * that says what happened and what to do, with a reference to quote to support for server
 * errors. Never a stack trace, never the server's name or version.
 */
package org.onus.web.errors;
