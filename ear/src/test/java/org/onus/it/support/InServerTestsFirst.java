package org.onus.it.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the tests inside the server before the tests that act as clients, so the shared deployment
 * is packaged for both once ({@link SharedDeployment}) instead of being deployed twice; otherwise
 * the classes keep their names' order, so a run is repeatable.
 */
public class InServerTestsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing((ClassDescriptor c) -> !Deployments.runsInServer(c.getTestClass()))
                        .thenComparing(c -> c.getTestClass().getName()));
    }
}
