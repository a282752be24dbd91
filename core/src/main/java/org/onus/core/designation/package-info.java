/**
 * Designations: the regions and sectors a regulator declares high-risk so that a rebuttable
 * presumption applies to goods made with inputs from them (report §7 and §12). A designation
 * carries its risk assessment, moves from draft through four-eyes review to publication, and
 * every publication or revocation yields an immutable, numbered designation list version.
 */
package org.onus.core.designation;
