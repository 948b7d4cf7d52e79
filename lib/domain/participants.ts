export interface ParticipantsAgainstPlan {
  participants: number;
  planned: number | null;
  /** participants ÷ planned; null when no plan is set. */
  share: number | null;
}

/** Distinct participants (whenever they joined) against the planned number. */
export function participantsAgainstPlan(distinctParticipants: number, planned: number | null): ParticipantsAgainstPlan {
  return {
    participants: distinctParticipants,
    planned,
    share: planned === null || planned === 0 ? null : distinctParticipants / planned,
  };
}
