/**
 * The contracts of the moderation feature's storage ports ({@link
 * org.copkit.tck.moderation.FlagsContract}, {@link org.copkit.tck.moderation.ReviewItemsContract},
 * {@link org.copkit.tck.moderation.MutesContract}, {@link
 * org.copkit.tck.moderation.ModerationPoliciesContract}) and {@link
 * org.copkit.tck.moderation.ModerationFixtures}, builders of valid flags, review items, mutes and
 * policies for them and for adapters' own tests. {@link
 * org.copkit.tck.moderation.DecisionConcurrencyContract} runs the real use cases on a storage to
 * prove that a review item is decided exactly once under concurrent moderators.
 *
 * <p>The suites extend {@link org.copkit.tck.moderation.ModerationStorageContract}, so an adapter
 * answers one question per suite, with a fresh, empty storage:
 *
 * <pre>{@code
 * class MyFlagsTest extends FlagsContract {
 *   @Override
 *   protected ModerationStorage storage() {
 *     return MyStorage.createEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>The rules "one open flag per flagger, subject and community" and "one open review item per
 * subject and community" are checked both ways: a second open record is a DUPLICATE, and a new one
 * is accepted once the first is decided, also when both happen in one transaction that is then
 * rolled back.
 */
package org.copkit.tck.moderation;
