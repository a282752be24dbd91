package org.onus.core.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this server in a cluster: WildFly's {@code jboss.node.name}, which every node of a
 * cluster must have its own of (it defaults to the host name).
 */
@ApplicationScoped
public class ThisNode {

    public String name() {
        String configured = System.getProperty("jboss.node.name");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
