/**
 * The embedded Camunda 7 process engine: started with the application on its JTA datasource and
 * WildFly's transaction manager, so that a process step and the domain change it causes commit or
 * roll back together. Jobs (timers, asynchronous steps) run on the container's managed executor.
 *
 * <p>Camunda's CDI and EJB integration modules stop at 7.23 on Maven Central; the glue here is the
 * small part of them Onus needs: bean resolution by name ({@link org.onus.workflows.engine.CdiBeans}),
 * a job executor on managed threads ({@link org.onus.workflows.engine.ManagedJobExecutor}) and
 * CDI producers for the engine services.
 */
package org.onus.workflows.engine;
