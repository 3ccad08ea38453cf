package org.patnav.jobs.warehouse;

/**
 * Named points between the steps of a warehouse write, where the fault-injection tests stop the JVM the way
 * {@code kill -9} would: a child process started with {@code -Dpatnav.fault=POINT} halts there, without
 * running shutdown hooks or finally blocks. Without the property nothing happens.
 */
public final class FaultPoints {

    private static final String POINT = System.getProperty("patnav.fault");

    private FaultPoints() {
    }

    public static void reach(String point) {
        if (point.equals(POINT)) {
            Runtime.getRuntime().halt(137);
        }
    }
}
