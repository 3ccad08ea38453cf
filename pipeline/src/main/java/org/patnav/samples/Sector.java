package org.patnav.samples;

/** The technology sectors of the sample world, labelled with the ids of the shipped sector definitions. */
enum Sector {
    TCM("tcm"),
    EQUIPMENT("equipment"),
    NEW_ENERGY("new-energy"),
    OTHER("other");

    final String id;

    Sector(String id) {
        this.id = id;
    }
}
