import { messageBody } from '../views/message.ts';
import { noticeView } from '../views/infoViews.ts';
import { projectCard, sharedProjectCard } from '../views/projectCard.ts';
import type { Project } from '../domain/schema.ts';
import type { CommandContext, Reply } from './subcommand.ts';

/** A person may post a card for everyone once per this many seconds: the router holds the pause. */
export const SHARE_PAUSE_SECONDS = 5;

/** Told privately, when a share comes within the pause: the private card (and its Share button) stays as it was. */
const tooSoon = (context: CommandContext): Reply => ({
  type: 'message',
  ephemeral: true,
  body: noticeView([context.locale.t.card.shareTooSoon(SHARE_PAUSE_SECONDS)]),
});

/** A project's card: private with a Share button, or posted for everyone saying who shared it. */
export function cardReply(context: CommandContext, project: Project, share: boolean, note?: string): Reply {
  const call = context.catalog.call(project.callId);
  if (share) {
    if (!context.claimPublicShare()) return tooSoon(context);
    return {
      type: 'message',
      ephemeral: false,
      body: sharedProjectCard(project, call, context.locale, context.user.displayName),
    };
  }
  const card = projectCard(project, call, context.locale);
  return { type: 'message', ephemeral: true, body: note ? messageBody({ ...card, content: note }) : card };
}

/** The card of a project id from a menu, or undefined when no project has that id (stale or forged). */
export function cardReplyFor(context: CommandContext, projectId: string): Reply | undefined {
  const project = context.catalog.project(projectId);
  return project && cardReply(context, project, false);
}

/**
 * The Share button of a private card: the card is posted for everyone, and the private one edited so that its button
 * is disabled: one card, one post.
 */
export function shareReply(context: CommandContext, projectId: string): Reply | undefined {
  const project = context.catalog.project(projectId);
  if (!project) return undefined;
  if (!context.claimPublicShare()) return tooSoon(context);
  const call = context.catalog.call(project.callId);
  return {
    type: 'update',
    body: projectCard(project, call, context.locale, true),
    followUp: {
      body: sharedProjectCard(project, call, context.locale, context.user.displayName),
      ephemeral: false,
    },
  };
}
