package org.patnav.samples;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.patnav.samples.Templates.Kind;

/**
 * What a sample document is about: a template of its sector ({@link Templates}), with the patent types it
 * can be filed as and how often it is drawn. Applicants draw their topics from their specialties (an
 * organisation files what it does, {@link Catalog.Org#specialties()}), and the focus region leaves some
 * out altogether ({@link Catalog#BOZHOU_GAPS}), so that the navigation finds strengths and gaps.
 */
enum Topic {
    // ---- 中医药: upstream, midstream, downstream of the chain
    TCM_CULTIVATION("tcm-cultivation", Sector.TCM, 3, Kind.INVENTION),
    TCM_SEEDLINGS("tcm-seedlings", Sector.TCM, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    TCM_HARVEST("tcm-harvest", Sector.TCM, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    TCM_PROCESSING("tcm-processing", Sector.TCM, 4, Kind.INVENTION),
    TCM_EXTRACT("tcm-extract", Sector.TCM, 4, Kind.INVENTION),
    TCM_COMPOSITION("tcm-composition", Sector.TCM, 4, Kind.INVENTION),
    TCM_PREPARATION("tcm-preparation", Sector.TCM, 3, Kind.INVENTION),
    TCM_GRANULES("tcm-granules", Sector.TCM, 2, Kind.INVENTION),
    TCM_QUALITY("tcm-quality", Sector.TCM, 5, Kind.INVENTION),
    TCM_SLICER("tcm-slicer", Sector.TCM, 3, Kind.UTILITY_MODEL, Kind.INVENTION),
    TCM_DRYER("tcm-dryer", Sector.TCM, 3, Kind.UTILITY_MODEL, Kind.INVENTION),
    TCM_EXTRACTOR("tcm-extractor", Sector.TCM, 3, Kind.UTILITY_MODEL, Kind.INVENTION),
    TCM_FORMULATION_MACHINE("tcm-formulation-machine", Sector.TCM, 2, Kind.UTILITY_MODEL),
    TCM_HEALTH_FOOD("tcm-health-food", Sector.TCM, 3, Kind.INVENTION),
    TCM_COSMETIC("tcm-cosmetic", Sector.TCM, 4, Kind.INVENTION),
    TCM_VETERINARY("tcm-veterinary", Sector.TCM, 4, Kind.INVENTION),
    TCM_RESIDUE_FERTILISER("tcm-residue-fertiliser", Sector.TCM, 2, Kind.INVENTION),
    TCM_PACKAGE("tcm-package", Sector.TCM, 1, Kind.DESIGN),

    // ---- 高端装备
    PRECISION_REDUCER("precision-reducer", Sector.EQUIPMENT, 3, Kind.INVENTION),
    SERVO_DRIVE("servo-drive", Sector.EQUIPMENT, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    ROBOT_PLANNING("robot-planning", Sector.EQUIPMENT, 3, Kind.INVENTION),
    CNC_COMPENSATION("cnc-compensation", Sector.EQUIPMENT, 3, Kind.INVENTION),
    AM_POWDER("am-powder", Sector.EQUIPMENT, 1, Kind.INVENTION),
    ADDITIVE_MANUFACTURING("additive-manufacturing", Sector.EQUIPMENT, 2, Kind.INVENTION),
    AEROSPACE("aerospace-tooling", Sector.EQUIPMENT, 1, Kind.INVENTION, Kind.UTILITY_MODEL),
    RAIL("rail-bogie", Sector.EQUIPMENT, 1, Kind.INVENTION, Kind.UTILITY_MODEL),
    OFFSHORE("offshore-platform", Sector.EQUIPMENT, 1, Kind.INVENTION, Kind.UTILITY_MODEL),
    SMART_LINE("smart-line", Sector.EQUIPMENT, 2, Kind.INVENTION),
    WELDING_ROBOT("welding-robot", Sector.EQUIPMENT, 2, Kind.INVENTION),
    FIXTURE("fixture", Sector.EQUIPMENT, 2, Kind.UTILITY_MODEL),
    GRIPPER("gripper", Sector.EQUIPMENT, 3, Kind.UTILITY_MODEL),
    ROBOT_DESIGN("robot-design", Sector.EQUIPMENT, 1, Kind.DESIGN),

    // ---- 新能源
    CATHODE_MATERIAL("cathode-material", Sector.NEW_ENERGY, 3, Kind.INVENTION),
    SOLID_ELECTROLYTE("solid-electrolyte", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    PV_CELL("pv-cell", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    PV_BRACKET("pv-bracket", Sector.NEW_ENERGY, 2, Kind.UTILITY_MODEL),
    WIND_TURBINE("wind-turbine", Sector.NEW_ENERGY, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    ELECTROLYSER("electrolyser", Sector.NEW_ENERGY, 1, Kind.INVENTION),
    HYDROGEN_STORAGE("hydrogen-storage", Sector.NEW_ENERGY, 1, Kind.INVENTION, Kind.UTILITY_MODEL),
    FUEL_CELL("fuel-cell", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    BATTERY_PACK("battery-pack", Sector.NEW_ENERGY, 3, Kind.UTILITY_MODEL),
    BATTERY_MANAGEMENT("battery-management", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    DRIVE_MOTOR("drive-motor", Sector.NEW_ENERGY, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    MOTOR_CONTROL("motor-control", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    VEHICLE_CONTROL("vehicle-control", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    THERMAL_MANAGEMENT("thermal-management", Sector.NEW_ENERGY, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    CHARGING_CONTROL("charging-control", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    CHARGING_PILE("charging-pile", Sector.NEW_ENERGY, 2, Kind.UTILITY_MODEL),
    BATTERY_SWAP("battery-swap", Sector.NEW_ENERGY, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    GRID_STORAGE("grid-storage", Sector.NEW_ENERGY, 2, Kind.INVENTION),
    CHARGER_DESIGN("charger-design", Sector.NEW_ENERGY, 1, Kind.DESIGN),

    // ---- other technology and the near-misses, each beside the sector it nearly belongs to
    DATA_INDEX("data-index", Sector.OTHER, 2, Kind.INVENTION),
    NM_CHEM_DRUG("nm-chem-drug", Sector.OTHER, 2, Kind.INVENTION),
    NM_COSMETIC("nm-cosmetic", Sector.OTHER, 2, Kind.INVENTION),
    NM_SWEEPING_ROBOT("nm-sweeping-robot", Sector.OTHER, 2, Kind.INVENTION, Kind.UTILITY_MODEL),
    NM_VEGETABLE("nm-vegetable", Sector.OTHER, 1, Kind.INVENTION),
    NM_MOTOR("nm-motor", Sector.OTHER, 1, Kind.INVENTION, Kind.UTILITY_MODEL),
    SEEDER("seeder", Sector.OTHER, 1, Kind.UTILITY_MODEL),
    NM_TOY("nm-toy", Sector.OTHER, 1, Kind.UTILITY_MODEL),
    LAMP_DESIGN("lamp-design", Sector.OTHER, 1, Kind.DESIGN);

    /**
     * The near-misses an organisation of the sector files when it files outside the three sectors: a TCM
     * company's chemical drug or plain cosmetic, an equipment maker's household robot, a battery maker's toy.
     */
    static List<Topic> nearMisses(Sector sector) {
        return switch (sector) {
            case TCM -> List.of(NM_CHEM_DRUG, NM_COSMETIC, NM_VEGETABLE, SEEDER);
            case EQUIPMENT -> List.of(NM_SWEEPING_ROBOT, NM_MOTOR, DATA_INDEX);
            case NEW_ENERGY -> List.of(NM_TOY, NM_MOTOR, LAMP_DESIGN);
            case OTHER -> List.of();
        };
    }

    /** The variant id written to the ground truth. */
    final String id;
    final Sector sector;
    /** Relative weight among the topics an applicant may draw. */
    final double weight;
    final Set<Kind> kinds;

    Topic(String id, Sector sector, double weight, Kind first, Kind... more) {
        this.id = id;
        this.sector = sector;
        this.weight = weight;
        this.kinds = EnumSet.of(first, more);
    }

    /**
     * The topic of a document of {@code sector} and {@code kind}: one of the applicant's specialties when
     * it has some of that sector and kind, else any of the sector's; never one of {@code excluded} (the
     * focus region's gaps) unless nothing else is left. Drawn by weight.
     */
    static Topic choose(Sector sector, Kind kind, List<Topic> specialties, Set<Topic> excluded, Rng r) {
        List<Topic> open = new ArrayList<>();
        for (Topic t : values()) {
            if (t.sector == sector && t.kinds.contains(kind) && !excluded.contains(t)) {
                open.add(t);
            }
        }
        if (open.isEmpty()) {
            throw new IllegalStateException("no " + kind + " topic of " + sector + " outside " + excluded);
        }
        List<Topic> own = open.stream().filter(specialties::contains).toList();
        List<Topic> from = own.isEmpty() ? open : own;
        double[] weights = new double[from.size()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = from.get(k).weight;
        }
        return from.get(r.weighted(weights));
    }
}
