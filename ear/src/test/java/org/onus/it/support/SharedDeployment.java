package org.onus.it.support;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application once per test run instead of once per test class. Every integration
 * test class names the same archive ({@link Deployments#onus()}); the first class deploys it, the
 * others find it deployed and reuse its protocol metadata, and it is undeployed when the server
 * stops. Tests that run inside the server go first ({@link InServerTestsFirst}), so the archive
 * deployed is the one packaged for them, which also serves the tests that act as clients. A class
 * that names another archive still gets it: the shared one is undeployed first, because two
 * copies of the portal cannot run side by side. Deploying the EAR took 20–40 s per class, most of
 * the suite's time.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** The deployment now in the server, if it is the shared one. */
    private record Deployed(String name, boolean testable, Archive<?> archive, ProtocolMetaData metadata) {

        /** A deployment packaged for tests in the server also serves tests that act as clients. */
        boolean serves(DeploymentDescription wanted) {
            return name.equals(wanted.getArchive().getName()) && (testable || !wanted.testable());
        }
    }

    public static class Keeper {

        private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

        private static Deployed deployed;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metadata;

        // A lower precedence than Arquillian's own context handler, so the deployment context is active.
        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            DeploymentDescription wanted = event.getDeployment().getDescription();
            Archive<?> archive =
                    wanted.getTestableArchive() != null ? wanted.getTestableArchive() : wanted.getArchive();
            String name = wanted.getArchive().getName();
            if (deployed != null && deployed.serves(wanted)) {
                description.set(wanted);
                deployment.set(event.getDeployment());
                metadata.set(deployed.metadata());
                event.getDeployment().deployed();
                return;
            }
            if (deployed != null) {
                LOG.info("Undeploying the shared deployment for " + name);
                undeploy(event.getDeployableContainer());
            }
            context.proceed();
            if (event.getDeployment().isDeployed()) {
                deployed = new Deployed(name, wanted.testable(), archive, metadata.get());
            }
        }

        /** Keeps the shared deployment when a class ends; the next class reuses it. */
        public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
            if (deployed != null
                    && deployed.serves(context.getEvent().getDeployment().getDescription())) {
                context.getEvent().getDeployment().undeployed();
                return;
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            if (deployed != null) {
                // The server keeps deployments in its configuration; leave none for the next run.
                undeploy(event.getDeployableContainer());
            }
        }

        private static void undeploy(DeployableContainer<?> container) throws Exception {
            Deployed current = deployed;
            deployed = null;
            container.undeploy(current.archive());
        }
    }
}
