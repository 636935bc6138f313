import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelMessage } from '@/lib/messages/panel';

/** How a component talks to the background. Tests provide their own; the pages use runtime messaging. */
export type Send = (message: PanelMessage) => Promise<unknown>;

const defaultSend: Send = (message) => browser.runtime.sendMessage(message);
const SendContext = createContext<Send>(defaultSend);
export const SendProvider = SendContext.Provider;
export const useSend = (): Send => useContext(SendContext);
