package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The {@code copkit} persistence unit and {@link JpaStorage#entityClassNames()} agree. */
class PersistenceUnitTest {

  @Test
  void listsExactlyTheEntityClassesThatHostsAreTold() throws Exception {
    Element unit = persistenceUnit();

    assertThat(unit.getAttribute("name")).isEqualTo("copkit");
    assertThat(unit.getAttribute("transaction-type")).isEqualTo("RESOURCE_LOCAL");
    assertThat(texts(unit.getElementsByTagName("class"))).containsExactlyInAnyOrderElementsOf(JpaStorage.entityClassNames());
    assertThat(texts(unit.getElementsByTagName("exclude-unlisted-classes"))).containsExactly("true");
  }

  @Test
  void namesClassesThatExist() throws Exception {
    for (String name : JpaStorage.entityClassNames()) {
      assertThat(Class.forName(name).getSimpleName()).endsWith("Row");
    }
  }

  private static Element persistenceUnit() throws Exception {
    try (InputStream xml = JpaStorage.class.getResourceAsStream("/META-INF/persistence.xml")) {
      Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(xml);
      return (Element) document.getElementsByTagName("persistence-unit").item(0);
    }
  }

  private static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }
}
