export { smallPlan } from './small-plan';
export { fixtureStyles } from './styles';
