package org.onus.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

@ApplicationScoped
public class Clocks {

    // Dependent scope: Clock is a JDK type Weld should not proxy, and the system clock is a singleton anyway.
    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
