package org.patnav.samples;

/** The technology sectors of the sample world, as the ground truth labels them. */
enum Sector {
    TCM("tcm"),
    EQUIPMENT("equipment"),
    NEW_ENERGY("new_energy"),
    OTHER("other");

    final String id;

    Sector(String id) {
        this.id = id;
    }
}
