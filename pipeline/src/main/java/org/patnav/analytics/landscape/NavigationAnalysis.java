package org.patnav.analytics.landscape;

/**
 * A section of the navigation (GB/T 39551.3-2020 产业规划类专利导航): it reads the sector's industry chain,
 * so it applies only to a sector navigate placed on one.
 */
interface NavigationAnalysis extends LandscapeAnalysis {

    @Override
    default boolean applies(LandscapeContext c) {
        return c.navigates();
    }
}
