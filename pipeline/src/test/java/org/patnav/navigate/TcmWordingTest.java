package org.patnav.navigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patnav.model.Publication;

/**
 * The TCM wording of the shipped tcm sector against the character-pair index: 中药 as a word, not the
 * 中 that ends one word and the 药 that starts the next.
 */
class TcmWordingTest {

    private static CompiledSector tcm() {
        return Sectors.shipped().stream().filter(d -> d.id().equals("tcm")).map(CompiledSector::compile)
                .findFirst().orElseThrow();
    }

    @Test
    void westernFormulationWordingIsNotTcm() throws IOException {
        List<Publication> western = List.of(
                Pub.of("CN-1-A").ipc("A61K9/16", "A61P3/10")
                        .zh("一种降糖药物缓释微丸", "本发明提高了缓释微丸组合物中药物的溶出度。").build(),
                Pub.of("CN-2-A").ipc("A61K9/20", "A61P9/12")
                        .zh("一种降压药物的控释片", "服药后血浆中药物浓度平稳。").build(),
                Pub.of("CN-3-A").ipc("A61M5/14", "A61P23/00")
                        .zh("一种麻醉输注系统", "手术过程中医生可随时调节输注速度。").build());
        try (InMemoryIndex index = InMemoryIndex.of(western)) {
            assertThat(index.matches(tcm())).isEmpty();
        }
    }

    @Test
    void tcmWordingWithATherapeuticUseIsTcm() throws IOException {
        List<Publication> tcm = List.of(
                Pub.of("CN-1-A").ipc("A61K9/20", "A61P25/20").zh("一种治疗失眠的中药", "由酸枣仁等制成。").build(),
                Pub.of("CN-2-A").ipc("A61K9/48", "A61P1/14").zh("一种胶囊", "本发明的中药复方胶囊健脾和胃。").build(),
                Pub.of("CN-3-A").ipc("A61K47/10", "A61P29/00").zh("一种外用贴剂", "依据中医理论，将中药提取物与基质混合。").build(),
                Pub.of("CN-4-A").ipc("A61K35/62", "A61P9/10").zh("一种地龙制剂", "本发明属于传统中药领域。").build());
        try (InMemoryIndex index = InMemoryIndex.of(tcm)) {
            assertThat(index.matches(tcm())).containsExactly(
                    "CN-4-A animal-mineral-materia-medica",
                    "CN-1-A tcm-therapy", "CN-2-A tcm-therapy", "CN-3-A tcm-therapy", "CN-4-A tcm-therapy");
        }
    }
}
