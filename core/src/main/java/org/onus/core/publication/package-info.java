/**
 * Published decisions: a self-contained, redacted public record of a decision on a detention case
 * (release, confiscation, exclusion, protest decision). Releases on the exception route are
 * published automatically when the goods are freed; any other decision is proposed and published
 * only after another regulator approves the redacted text (four eyes). The {@link Redaction} rule
 * refuses any text naming what the case knows about people, organisations, the entry or its files.
 */
package org.onus.core.publication;
