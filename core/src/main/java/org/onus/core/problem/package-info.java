/**
 * The ways a request can be refused by the rules, each carrying what to tell the person: invalid
 * input (with a message per field), something that does not exist (or may not be seen), an action
 * the rules forbid now (a conflict, with what is missing), and an action this actor may never take
 * (four-eyes). They roll back the transaction and reach the web layer unwrapped.
 */
package org.onus.core.problem;
