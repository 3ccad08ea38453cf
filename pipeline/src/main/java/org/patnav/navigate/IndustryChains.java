package org.patnav.navigate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The industry chains PatNav ships, one per shipped sector, versioned beside the sector definitions. */
public final class IndustryChains {

    /** Shipped chains by file name ({@code chains/ID.yaml}), in the sectors' report order. */
    public static final List<String> SHIPPED = List.of("tcm", "equipment", "new-energy");

    private IndustryChains() {
    }

    /** The shipped chains of the given sectors (by id), in the sectors' order: a sector without one has none. */
    public static List<IndustryChain> forSectors(List<SectorDefinition> sectors) {
        List<IndustryChain> shipped = shipped();
        List<IndustryChain> out = new ArrayList<>();
        for (SectorDefinition d : sectors) {
            shipped.stream().filter(c -> c.sector().equals(d.id())).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * The shipped chains, each checked to refine a shipped sector: a chain whose sector is missing would
     * have no report to appear in.
     */
    public static List<IndustryChain> shipped() {
        List<IndustryChain> out = new ArrayList<>();
        for (String id : SHIPPED) {
            String resource = "chains/" + id + ".yaml";
            try (InputStream in = IndustryChains.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("shipped industry chain missing: " + resource);
                }
                IndustryChain chain = IndustryChain.read(in, resource);
                if (!Sectors.SHIPPED.contains(chain.sector())) {
                    throw new IllegalStateException("industry chain " + resource + ": it refines sector '"
                            + chain.sector() + "', which is not a shipped sector " + Sectors.SHIPPED);
                }
                out.add(chain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
