package org.copkit.examples;

import static org.copkit.examples.CompartimStory.JORDI;
import static org.copkit.examples.CompartimStory.LAIA;
import static org.copkit.examples.CompartimStory.MARTA;
import static org.copkit.examples.CompartimStory.ORIOL;
import static org.copkit.examples.CompartimStory.PERE;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.Community;
import org.copkit.api.community.Role;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.EndorseClaim;
import org.copkit.api.competence.SelfAssess;
import org.copkit.api.competence.ValidateClaim;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CreatePath;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.learning.RecordAttendance;
import org.copkit.api.learning.RegistrationOutcome;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.portfolio.Credential;
import org.copkit.api.portfolio.IssuerProfile;
import org.copkit.api.portfolio.Statement;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;

/**
 * Runs the Compartim story and then its learning part — units aligned to DigComp 2.2, a learning
 * path, completions, a course for e-moderators with a waiting list and attendance — and writes what
 * the members earned: {@code DIR/credentials/*.json}, one signed OpenBadgeCredential each, and
 * {@code DIR/statements.json}, a JSON array of xAPI statements.
 *
 * <pre>{@code
 * mvn -q -pl cop-examples -am -DskipTests -Dcopkit.quick package exec:java \
 *     -Dexec.mainClass=org.copkit.examples.ExportLearning -Dexec.args="export-learning --out target/learning"
 * }</pre>
 */
public final class ExportLearning {

  /** The Justice Department's training centre, as the issuer. */
  static final IssuerProfile ISSUER = new IssuerProfile("https://cejfe.justicia.example/copkit/issuer",
      "Centre d'Estudis Jurídics i Formació Especialitzada", "https://cejfe.justicia.example/copkit");

  private static final ZoneId BARCELONA_TIME = ZoneId.of("Europe/Madrid");

  private ExportLearning() {}

  /**
   * @param args {@code export-learning --out DIR}
   * @throws IOException when the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !args[0].equals("export-learning") || !args[1].equals("--out")) {
      throw new IllegalArgumentException("usage: export-learning --out DIR");
    }
    Result result = run(Path.of(args[2]), System.out);
    System.out.println("Wrote " + result.credentials() + " credentials and " + result.statements() + " statements to " + args[2]);
  }

  /** What was written. */
  record Result(int credentials, int statements) {}

  static Result run(Path out, PrintStream log) throws IOException {
    MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    CopPlatform platform = CopPlatform.builder().directory(CompartimStory.directory()).autoActivate(false).clock(clock)
        .issuer(ISSUER).build();
    Community cop = new CompartimStory(platform, log::println).tell();

    platform.memberAdministration().grantRole(JORDI, new ChangeRole(cop.id(), PERE, Role.EXPERT));
    LearningUnit interview = platform.learning().publish(PERE, new PublishUnit(cop.id(), "La primera entrevista de mediació",
        "Com preparar i conduir la primera entrevista amb la víctima i l'infractor", UnitFormat.VIDEO,
        "https://cejfe.justicia.example/videos/primera-entrevista", 12,
        Set.of(CompetenceLevel.of("digcomp@2.2#2.1", 3), CompetenceLevel.of("digcomp@2.2#2.4", 4))));
    LearningUnit privacy = platform.learning().publish(PERE, new PublishUnit(cop.id(), "Dades personals en els expedients",
        "Què es pot compartir en una comunitat de pràctica i què no", UnitFormat.TEXT, "", 8,
        Set.of(CompetenceLevel.of("digcomp@2.2#4.2", 4))));
    LearningPath path = platform.learning().createPath(JORDI, new CreatePath(cop.id(), "Mediador novell",
        "Els primers passos d'un mediador a la comunitat", List.of(interview.id(), privacy.id())));
    log.println("Pere published two learning units; Jordi made the path «" + path.title() + "»");
    for (MemberId member : List.of(MARTA, LAIA, ORIOL)) {
      platform.learning().complete(member, interview.id());
      clock.advance(Duration.ofMinutes(20));
    }
    platform.learning().complete(MARTA, privacy.id());
    log.println("Marta finished the path: " + platform.learningQueries().progress(MARTA, path.id()).finished());

    LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), BARCELONA_TIME).plusDays(14).withHour(9).withMinute(30);
    CalendarEvent course = platform.learningCalendar().schedule(JORDI, new ScheduleEvent(cop.id(), EventKind.COURSE,
        "Curs per a e-moderadors", "Dinamitzar una comunitat de pràctica en línia", EventFormat.ON_SITE,
        "Centre d'Estudis Jurídics, aula 3", start, start.plusHours(4), BARCELONA_TIME, 2,
        Set.of(CompetenceLevel.of("digcomp@2.2#2.5", 5))));
    for (MemberId member : List.of(MARTA, LAIA, ORIOL)) {
      RegistrationOutcome outcome = platform.learningCalendar().register(member, course.id());
      log.println(member + " registered to «" + course.title() + "»: " + outcome.getClass().getSimpleName());
    }
    platform.learningCalendar().cancel(LAIA, course.id());
    log.println("Laia cancelled; Oriol was promoted: " + platform.learningQueries().registration(ORIOL, course.id()).orElseThrow().status());
    clock.advance(Duration.ofDays(15));
    platform.learningCalendar().recordAttendance(JORDI, new RecordAttendance(course.id(), MARTA, Attendance.PRESENT));
    platform.learningCalendar().recordAttendance(JORDI, new RecordAttendance(course.id(), ORIOL, Attendance.PRESENT));

    List<Credential> credentials = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    for (MemberId member : List.of(MARTA, LAIA, ORIOL)) {
      for (var completion : platform.learningQueries().completions(member, PageRequest.first(50)).items()) {
        credentials.add(platform.credentials().forCompletion(member, completion.unit()));
      }
      statements.addAll(platform.statements().completions(member, PageRequest.first(50)));
      if (platform.learningQueries().registration(member, course.id())
          .filter(r -> r.attendance() == Attendance.PRESENT).isPresent()) {
        credentials.add(platform.credentials().forAttendance(member, course.id()));
        statements.add(platform.statements().attendance(member, course.id()));
      }
    }
    CompetenceClaim claim = platform.competenceAssessment().assess(MARTA, new SelfAssess(cop.id(),
        CompetenceLevel.of("digcomp@2.2#2.5", 5), "Després del curs dinamitzo el fil setmanal"));
    platform.competenceAssessment().endorse(ORIOL, new EndorseClaim(claim.id(), "Va dinamitzar el nostre grup al curs", ""));
    platform.competenceAssessment().validate(PERE, new ValidateClaim(claim.id(), 5, "Ho hem vist al curs i a la comunitat"));
    credentials.add(platform.credentials().forValidatedLevel(MARTA, claim.id()));
    log.println("Pere validated Marta's level 5 of DigComp 2.5; it became a credential too");
    PostOutcome asked = platform.discussions().start(LAIA, StartThread.question(cop.id(),
        "Com dinamitzem la sessió de bones pràctiques?", "Busco idees per a la propera sessió", Set.of()));
    if (asked instanceof PostOutcome.Published question
        && platform.discussions().reply(MARTA, Reply.to(question.thread().id(), "Un cas real anonimitzat i vint minuts de debat"))
            instanceof PostOutcome.Published answer) {
      statements.add(platform.statements().reply(MARTA, answer.post().id()));
    }
    Path credentialsDir = Files.createDirectories(out.resolve("credentials"));
    for (Credential credential : credentials) {
      String file = credential.id().substring("urn:uuid:".length()) + ".json";
      Files.writeString(credentialsDir.resolve(file), credential.json(), StandardCharsets.UTF_8);
    }
    Files.writeString(out.resolve("statements.json"),
        "[" + String.join(",\n", statements.stream().map(Statement::json).toList()) + "]\n", StandardCharsets.UTF_8);
    return new Result(credentials.size(), statements.size());
  }

  /** The story's clock, moved on by the story itself. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
