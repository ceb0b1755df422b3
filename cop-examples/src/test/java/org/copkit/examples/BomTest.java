package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * cop-bom has no parent, so that a host can import it alone; its versions are therefore written
 * out by hand. This keeps them in step with the build: every library module at the project's
 * version, and JUnit and AssertJ (cop-tck's own dependencies) at the versions cop-tck is built
 * against.
 */
class BomTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theBomManagesEveryLibraryModuleAtTheProjectVersion() throws Exception {
    Element parent = read(ROOT.resolve("pom.xml"));
    String version = child(parent, "version");
    Map<String, String> managed = managed(read(ROOT.resolve("cop-bom/pom.xml")));

    List<String> libraries = new ArrayList<>();
    for (Element module : children(only(parent, "modules"), "module")) {
      Element pom = read(ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      String artifact = child(pom, "artifactId");
      String packaging = children(pom, "packaging").isEmpty() ? "jar" : child(pom, "packaging");
      if (packaging.equals("jar") && artifact.startsWith("cop-") && !artifact.equals("cop-examples")
          && !artifact.equals("cop-webapp")) {
        libraries.add(artifact);
      }
    }

    assertThat(libraries).as("the reactor's library modules").contains("cop-api", "cop-core", "cop-tck");
    for (String library : libraries) {
      assertThat(managed.get("org.copkit:" + library))
          .as("cop-bom must manage %s at the project's version", library)
          .isEqualTo(version);
    }
    assertThat(child(read(ROOT.resolve("cop-bom/pom.xml")), "version")).as("cop-bom's own version").isEqualTo(version);
  }

  @Test
  void theBomGivesTheTestLibrariesCopTckIsBuiltAgainst() throws Exception {
    Element properties = only(read(ROOT.resolve("pom.xml")), "properties");
    Map<String, String> managed = managed(read(ROOT.resolve("cop-bom/pom.xml")));

    assertThat(managed.get("org.junit:junit-bom"))
        .as("cop-bom's junit-bom must be the parent's junit.version")
        .isEqualTo(child(properties, "junit.version"));
    assertThat(managed.get("org.assertj:assertj-core"))
        .as("cop-bom's assertj-core must be the parent's assertj.version")
        .isEqualTo(child(properties, "assertj.version"));
  }

  private static Map<String, String> managed(Element bom) {
    Element dependencies = only(only(bom, "dependencyManagement"), "dependencies");
    Map<String, String> versions = new LinkedHashMap<>();
    for (Element dependency : children(dependencies, "dependency")) {
      versions.put(child(dependency, "groupId") + ":" + child(dependency, "artifactId"), child(dependency, "version"));
    }
    return versions;
  }

  private static Element read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(pom.toFile());
    return document.getDocumentElement();
  }

  private static String child(Element element, String name) {
    return only(element, name).getTextContent().trim();
  }

  /** The direct child element of that name (the project's own version, not its parent's). */
  private static Element only(Element element, String name) {
    List<Element> found = children(element, name);
    assertThat(found).as("<%s> in <%s>", name, element.getTagName()).hasSize(1);
    return found.get(0);
  }

  private static List<Element> children(Element element, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element child && child.getTagName().equals(name)) {
        found.add(child);
      }
    }
    return found;
  }
}
