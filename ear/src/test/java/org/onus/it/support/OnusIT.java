package org.onus.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integration test against the real WildFly (Arquillian) and the real Keycloak. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnusServices.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OnusServices.Ready.class)
public @interface OnusIT {}
