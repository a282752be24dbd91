/** The portal's pages: resources returning {@link org.onus.web.view.View}s, one class per page or flow. */
package org.onus.web.pages;
