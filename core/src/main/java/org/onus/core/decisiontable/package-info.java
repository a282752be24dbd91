/**
 * Decision tables regulators change under four eyes (issue 16): a regulator proposes new rows for
 * a table, another regulator approves, and the rows are deployed as a new version of the DMN
 * decision; every version stays listed and readable, and what was judged records the version.
 */
package org.onus.core.decisiontable;
