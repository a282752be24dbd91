/**
 * The schema. Flyway owns every table, the process engine's included; Hibernate only validates
 * that the mapping matches what the migrations built.
 */
package org.onus.core.persistence;
