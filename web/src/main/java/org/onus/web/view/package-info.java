/**
 * The page layer: JAX-RS resources return a {@link org.onus.web.view.View} (template name and
 * model) and {@link org.onus.web.view.ViewWriter} renders it with Thymeleaf, adding what every
 * page needs (the user, navigation, CSRF token, flash messages, language).
 *
 * <p>Chosen over Jakarta MVC (Eclipse Krazo) because Krazo's Thymeleaf extension is untested on
 * WildFly 39 and the page layer needs only a few small classes on top of JAX-RS; see
 * {@code docs/ARCHITECTURE.md}.
 */
package org.onus.web.view;
