/** Decision tables regulators change under four eyes, read from and deployed to the engine's repository. */
package org.onus.workflows.decisiontable;
