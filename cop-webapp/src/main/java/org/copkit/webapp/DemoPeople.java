package org.copkit.webapp;

import java.util.List;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.memory.InMemoryDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The people of the Compartim demo: the intranet's directory (the {@link Directory} bean CoPKit's
 * starter requires) and their sign-in accounts, all with the password {@value #PASSWORD}. A real
 * intranet takes both from its LDAP or HR system.
 */
@Configuration(proxyBeanMethods = false)
class DemoPeople {

  /** Every demo person's password. */
  static final String PASSWORD = "demo";

  static final MemberId NURIA = MemberId.of("nuria.ferrer");
  static final MemberId JORDI = MemberId.of("jordi.casals");
  static final MemberId MARTA = MemberId.of("marta.roca");
  static final MemberId PERE = MemberId.of("pere.vives");
  static final MemberId LAIA = MemberId.of("laia.pons");
  static final MemberId ORIOL = MemberId.of("oriol.serra");
  static final MemberId XAVIER = MemberId.of("xavier.mas");

  /** The people, in the order the sign-in page lists them. */
  static final List<Person> PEOPLE = List.of(
      new Person(NURIA, "Núria Ferrer", "Centre d'Estudis Jurídics", true, true),
      Person.active(JORDI, "Jordi Casals", "Servei de Mediació Penal"),
      Person.active(MARTA, "Marta Roca", "Servei de Mediació Penal"),
      Person.active(PERE, "Pere Vives", "Jutjats de Girona"),
      Person.active(LAIA, "Laia Pons", "Oficina d'Atenció a la Víctima"),
      Person.active(ORIOL, "Oriol Serra", "Centre Penitenciari Brians"),
      Person.active(XAVIER, "Xavier Mas", "Registre Civil"));

  @Bean
  Directory directory() {
    return InMemoryDirectory.of(PEOPLE.toArray(Person[]::new));
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(PasswordEncoder encoder) {
    String hash = encoder.encode(PASSWORD);
    return new InMemoryUserDetailsManager(PEOPLE.stream()
        .map(person -> User.withUsername(person.id().value()).password(hash)
            .roles(person.administrator() ? "ADMIN" : "MEMBER").build())
        .toList());
  }
}
