import type { ToolkitText } from '../types';
import { toolkitDa } from '../da/toolkit';

// Interim: the English translation is being written; until it lands, English readers see the Danish text.
export const toolkitEn: ToolkitText = toolkitDa;
