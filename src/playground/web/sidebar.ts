// The server's side bar: its channels (which the bot may post in publicly), and who you are in it (member or manager).
import type { PageState, PersonaName } from '../pageState.js';

export interface SidebarHost {
  channelId(): string;
  persona(): PersonaName;
  selectChannel(id: string): void;
  selectPersona(name: PersonaName): void;
}

export function sidebar(state: PageState, host: SidebarHost): HTMLElement {
  const aside = document.createElement('aside');
  aside.className = 'sidebar';
  const draw = () => {
    const guild = Object.assign(document.createElement('h1'), { textContent: state.guild.name });
    const channels = state.channels.map((channel) => {
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'channel',
        textContent: `# ${channel.name}`,
      });
      button.classList.toggle('selected', channel.id === host.channelId());
      button.dataset.channel = channel.name;
      button.title = channel.allowed ? 'In ALLOWED_CHANNEL_IDS' : 'Not in ALLOWED_CHANNEL_IDS';
      button.addEventListener('click', () => {
        host.selectChannel(channel.id);
        draw();
      });
      return button;
    });
    const allowed = state.channels
      .filter((c) => c.allowed)
      .map((c) => `#${c.name}`)
      .join(', ');
    const others = state.channels
      .filter((c) => !c.allowed)
      .map((c) => `#${c.name}`)
      .join(', ');
    const note = Object.assign(document.createElement('p'), {
      className: 'note',
      textContent: `The bot runs with ALLOWED_CHANNEL_IDS set to ${allowed}: in ${others} its replies stay private and Share is refused.`,
    });
    const who = document.createElement('fieldset');
    who.className = 'persona';
    who.append(
      Object.assign(document.createElement('legend'), { textContent: `You are ${state.you.global_name ?? state.you.username}, a` }),
    );
    for (const persona of state.personas) {
      const label = document.createElement('label');
      const radio = Object.assign(document.createElement('input'), {
        type: 'radio',
        name: 'persona',
        value: persona.name,
        checked: persona.name === host.persona(),
      });
      radio.addEventListener('change', () => host.selectPersona(persona.name));
      label.append(radio, ` ${persona.label}`);
      who.append(label);
    }
    const about = Object.assign(document.createElement('p'), {
      className: 'note',
      textContent:
        'A local Discord on this machine, with the real bot connected to it. Set DISCORD_TOKEN to connect the bot to Discord instead.',
    });
    aside.replaceChildren(guild, ...channels, note, who, about);
  };
  draw();
  return aside;
}
