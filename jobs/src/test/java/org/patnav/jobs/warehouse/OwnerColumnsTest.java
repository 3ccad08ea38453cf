package org.patnav.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.patnav.jobs.SharedSpark;

/** The owner rule in Spark form, on publications with every combination of party lists, and with none. */
class OwnerColumnsTest {

    private static final StructType PARTY = DataTypes.createStructType(List.of(
            DataTypes.createStructField("name", DataTypes.StringType, true)));
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("country", DataTypes.StringType, false),
            DataTypes.createStructField("applicants", DataTypes.createArrayType(PARTY), false),
            DataTypes.createStructField("assignees", DataTypes.createArrayType(PARTY), false),
            DataTypes.createStructField("owners", DataTypes.createArrayType(PARTY), false)));

    private static Row pub(String country, List<String> applicants, List<String> assignees, List<String> owners) {
        return RowFactory.create(country, parties(applicants), parties(assignees), parties(owners));
    }

    private static Object parties(List<String> names) {
        return names.stream().map(RowFactory::create).toList();
    }

    @Test
    void firstOwnerFollowsTheRuleAndIsNullWhenThePublicationNamesNone() {
        List<Row> rows = List.of(
                pub("US", List.of("JOHN SMITH"), List.of("ACME CORP"), List.of()),
                pub("US", List.of("JOHN SMITH"), List.of(), List.of()),
                pub("CN", List.of("亳州药业"), List.of("OTHER"), List.of()),
                pub("CN", List.of(), List.of(), List.of("当前权利人")),
                pub("CN", List.of(), List.of(), List.of()));
        Dataset<Row> d = SharedSpark.get().createDataFrame(rows, SCHEMA)
                .select(OwnerColumns.firstOwner().getField("name"));
        assertThat(d.collectAsList().stream().map(r -> r.getString(0)).toList())
                .isEqualTo(Arrays.asList("ACME CORP", "JOHN SMITH", "亳州药业", "当前权利人", null));
    }
}
