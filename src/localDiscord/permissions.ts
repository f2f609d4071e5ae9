// Permission bits and the default permission sets of the stand-in's guild (@everyone, bot role, admin).
const bit = (n: number): bigint => 1n << BigInt(n);

export const Permission = {
  CreateInstantInvite: bit(0),
  Administrator: bit(3),
  ManageChannels: bit(4),
  ManageGuild: bit(5),
  AddReactions: bit(6),
  ViewChannel: bit(10),
  SendMessages: bit(11),
  ManageMessages: bit(13),
  EmbedLinks: bit(14),
  AttachFiles: bit(15),
  ReadMessageHistory: bit(16),
  MentionEveryone: bit(17),
  UseExternalEmojis: bit(18),
  Connect: bit(20),
  Speak: bit(21),
  ChangeNickname: bit(26),
  UseApplicationCommands: bit(31),
  CreatePublicThreads: bit(35),
  UseExternalStickers: bit(37),
  SendMessagesInThreads: bit(38),
  SendPolls: bit(49),
  UseExternalApps: bit(50),
} as const;

/** What a fresh guild grants @everyone. */
export const EVERYONE_PERMISSIONS: bigint =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.Connect |
  Permission.Speak |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.SendMessagesInThreads |
  Permission.UseExternalStickers |
  Permission.SendPolls |
  Permission.UseExternalApps;

export const BOT_ROLE_PERMISSIONS: bigint =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis;

/** Every permission bit Discord currently defines; admins get this in interaction payloads. */
export const ALL_PERMISSIONS: bigint = (1n << 53n) - 1n;

export function permissionsString(p: bigint | string | number): string {
  return BigInt(p).toString();
}
